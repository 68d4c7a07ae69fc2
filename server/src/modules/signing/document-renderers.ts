/** The PDF layouts signed at issue time: the lead points this one line at the documents module. */
export { renderConclusionPdf, renderDecisionPdf } from './stand-in-document';
