import { registerEnumType } from 'type-graphql';

/** The sectors of work the Committee tracks (lĩnh vực); shared by requests, tasks and proposals. */
export enum DomainArea {
  LAND = 'LAND',
  MINERALS = 'MINERALS',
  ENVIRONMENT = 'ENVIRONMENT',
  SEA_ISLANDS = 'SEA_ISLANDS',
  WATER_RESOURCES = 'WATER_RESOURCES',
  CLIMATE_CHANGE = 'CLIMATE_CHANGE',
  ADMIN_REFORM = 'ADMIN_REFORM',
  DIGITAL_TRANSFORMATION = 'DIGITAL_TRANSFORMATION',
  FINANCE = 'FINANCE',
  OTHER = 'OTHER',
}

registerEnumType(DomainArea, {
  name: 'DomainArea',
  description:
    'Đất đai, khoáng sản, môi trường, biển và hải đảo, tài nguyên nước, biến đổi khí hậu, CCHC, chuyển đổi số, tài chính, khác',
});

declare module './database.generated' {
  interface NativeEnums {
    domain_area: DomainArea;
  }
}
