// The verify feature's one door: its page.
export { VerifyPage } from './VerifyPage';
