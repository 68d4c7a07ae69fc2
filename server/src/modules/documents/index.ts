export { renderConclusionPdf, renderDecisionPdf, registerOfficialLayouts } from './render';
export { documentRoutes } from './document.routes';
export { loadDocumentProfile, setDocumentProfile } from './document-profile';
export type { DocumentProfile } from './document-profile';
