import { registerEnumType } from 'type-graphql';

export enum AgencyKind {
  PEOPLES_COMMITTEE = 'PEOPLES_COMMITTEE',
  DEPARTMENT = 'DEPARTMENT',
  SECTOR = 'SECTOR',
  LOCALITY = 'LOCALITY',
}

registerEnumType(AgencyKind, {
  name: 'AgencyKind',
  description: 'UBND (Committee), Sở (department), ngành (sector), địa phương (locality)',
});
