// The decisions feature's one door: its pages.
export { DecisionPage } from './DecisionPage';
export { DecisionRegisterPage } from './DecisionRegisterPage';
