import { loadConfig } from '../../config';

/**
 * Where signing keys come from. By default a local certificate authority (demo and tests) lives in
 * `dir` with every key encrypted; an operator points `caCertFile` and `p12Dir` at real ones.
 */
export interface SigningSettings {
  /** The local CA and the officials' keys and certificates it issued (SIGNING_DIR, default DATA_DIR/signing). */
  dir: string;
  /** Encrypts the keys in `dir` (SIGNING_KEY_PASSPHRASE); null: generated once into `dir`/passphrase, mode 0600. */
  keyPassphrase: string | null;
  /** The operator's CA certificate (PEM, SIGNING_CA_CERT): the chain every signature must lead to. */
  caCertFile: string | null;
  /** The operator's per-official PKCS#12 files, `<username>.p12` (SIGNING_P12_DIR). */
  p12Dir: string | null;
  p12Passphrase: string;
  /** Names the local CA: "Tổ chức ký số tỉnh <province> (demo)". */
  provinceName: string;
}

let active: SigningSettings | null = null;

/** The process's signing settings, set once at start (app.ts, the seed command). */
export function configureSigning(settings: SigningSettings): void {
  active = settings;
}

/**
 * The settings in force. Signing happens deep inside services (issuing a decision, publishing a
 * conclusion) that carry no configuration; one process signs with one authority.
 */
export function signingSettings(): SigningSettings {
  // a process that never configured signing (a script, a test on a bare ORM) signs as main.ts would
  active ??= loadConfig().signing;
  return active;
}
