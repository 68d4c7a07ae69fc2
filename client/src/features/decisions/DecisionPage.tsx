import { useRef } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDateTime, formatVnd } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { useCellLabels } from '../../kit/ui/DataTable';
import { PendingState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { DecisionChanges } from './DecisionChanges';
import { effectiveLine, isRevoked, signingLines, subjectLine, vietnameseDateLine } from './decision-document';
import { DecisionDetailQuery, type DecisionDetail } from './decisions.operations';

/** A decision as it is printed: the Vietnamese administrative layout (the document itself is always in Vietnamese). */
export function DecisionPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DecisionDetailQuery, variables: { id } });
  const decision = data?.decision;
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  useDocumentTitle(decision ? t('decision.pageTitle', { number: decision.numberText }) : t('decisions.title'));

  return (
    <>
      <nav className="breadcrumb no-print" aria-label={t('layout.breadcrumb')}>
        <Link to="/decisions">← {t('decision.back')}</Link>
      </nav>
      {decision ? (
        <>
          <div className="decision-toolbar no-print">
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              {t('decision.print')}
            </button>
            {/* a plain link: the session cookie authenticates it; the server sends the copy signed at issue */}
            <a
              className="button button--secondary"
              href={`/documents/decisions/${encodeURIComponent(decision.id)}.pdf`}
              download
              title={t('decision.downloadPdfTitle')}
            >
              {t('decision.downloadPdf')}
            </a>
            {/* Every official reads the register; only some may open the proposal behind it. */}
            {decision.proposalId && decision.proposalReadable && (
              <Link to={`/proposals/${decision.proposalId}`} className="button button--secondary">
                {t('decision.proposal')}
              </Link>
            )}
          </div>
          <DecisionRelations decision={decision} />
          <SignedStatus decision={decision} />
          <DecisionChanges key={decision.id} decision={decision} onStale={reload} />
          <DecisionDocument decision={decision} />
        </>
      ) : (
        <PendingState fetching={fetching} error={error} label={t('decisions.loading')} onRetry={reload} />
      )}
    </>
  );
}

/** The signed PDF stored at issue time: who signed it, when, and its hash (what /verify matches). */
function SignedStatus({ decision }: { decision: DecisionDetail }) {
  const t = useT();
  const signed = decision.signedDocument;
  if (!signed) return <p className="muted no-print">{t('signed.none')}</p>;
  return (
    <section className="notice signed-status no-print" aria-label={t('signed.heading')}>
      <p>
        <strong>{t('signed.by', { signer: signed.signerName, time: formatDateTime(signed.signedAt) })}</strong>
      </p>
      <p className="muted">{t('signed.certificate', { subject: signed.certificateSubject })}</p>
      <p className="muted signed-status__hash">{t('signed.hash', { hash: signed.sha256 })}</p>
      <p>
        <Link to="/verify">{t('verify.link')}</Link>
      </p>
    </section>
  );
}

function DecisionRelations({ decision }: { decision: DecisionDetail }) {
  const t = useT();
  if (!decision.amends && decision.amendedBy.length === 0) return null;
  return (
    <ul className="decision-relations no-print">
      {decision.amends && (
        <li>
          {t(`decision.amends.${decision.kind === 'REVOCATION' ? 'REVOCATION' : 'AMENDMENT'}`)}{' '}
          <Link to={`/decisions/${decision.amends.id}`}>{decision.amends.numberText}</Link>
        </li>
      )}
      {decision.amendedBy.map((ref) => (
        <li key={ref.id}>
          {t(`decision.amendedBy.${ref.kind === 'REVOCATION' ? 'REVOCATION' : 'AMENDMENT'}`)}{' '}
          <Link to={`/decisions/${ref.id}`}>{ref.numberText}</Link>
        </li>
      ))}
    </ul>
  );
}

function DecisionDocument({ decision }: { decision: DecisionDetail }) {
  const revoked = isRevoked(decision);
  return (
    <article className="official-doc decision-doc" lang="vi" aria-label={`Quyết định số ${decision.numberText}`}>
      {revoked && (
        <p className="decision-doc__revoked" role="note">
          ĐÃ BỊ BÃI BỎ
        </p>
      )}
      <header className="official-doc__head">
        <div className="official-doc__issuer">
          <p className="official-doc__strong">{decision.issuerName}</p>
          <p className="official-doc__rule" aria-hidden="true" />
          <p>Số: {decision.numberText}</p>
        </div>
        <div className="official-doc__nation">
          <p className="official-doc__strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
          <p className="official-doc__strong">Độc lập - Tự do - Hạnh phúc</p>
          <p className="official-doc__rule" aria-hidden="true" />
          <p className="official-doc__date">
            {decision.place}, {vietnameseDateLine(decision.signedAt)}
          </p>
        </div>
      </header>
      <h1 className="official-doc__title decision-doc__title">QUYẾT ĐỊNH</h1>
      <p className="official-doc__subject">{subjectLine(decision.title)}</p>
      <p className="decision-doc__authority">{decision.issuerName}</p>
      <p className="decision-doc__decides">QUYẾT ĐỊNH:</p>
      <DecisionArticles decision={decision} />
      <footer className="decision-doc__foot">
        <div className="decision-doc__recipients">
          <p>
            <em>Nơi nhận:</em>
          </p>
          <p>- Như Điều 3;</p>
          <p>- Lưu: VT.</p>
        </div>
        <div className="decision-doc__signer">
          {signingLines(decision.signingForm).map((line) => (
            <p key={line} className="official-doc__strong">
              {line}
            </p>
          ))}
          <p className="decision-doc__signature" aria-hidden="true" />
          <p className="official-doc__strong">{decision.signerName}</p>
          {decision.onBehalfOf && <p className="decision-doc__on-behalf">(thay {decision.onBehalfOf.fullName})</p>}
        </div>
      </footer>
    </article>
  );
}

function DecisionArticles({ decision }: { decision: DecisionDetail }) {
  const amended = decision.amends?.numberText;
  const table = useRef<HTMLTableElement>(null);
  useCellLabels(table); // the lines read as cards on a phone
  if (decision.kind === 'REVOCATION') {
    return (
      <>
        <p>
          <strong>Điều 1.</strong> Bãi bỏ Quyết định số {amended}.
        </p>
        <p>
          <strong>Điều 2.</strong> {decision.conditions}
        </p>
        <Article3 decision={decision} />
      </>
    );
  }
  return (
    <>
      <p>
        <strong>Điều 1.</strong>{' '}
        {decision.kind === 'AMENDMENT'
          ? `Sửa đổi Quyết định số ${amended}; nội dung phê duyệt như sau:`
          : 'Phê duyệt kinh phí, nguồn lực theo đề xuất như sau:'}
      </p>
      <table ref={table} className="decision-doc__table">
        <thead>
          <tr>
            <th scope="col">STT</th>
            <th scope="col">Nội dung</th>
            <th scope="col">Đơn vị tính</th>
            <th scope="col">Đề nghị</th>
            <th scope="col">Phê duyệt</th>
          </tr>
        </thead>
        <tbody>
          {decision.lines.map((line, index) => (
            <tr key={line.itemId}>
              <td>{index + 1}</td>
              <td>
                {line.description} <span className="decision-doc__kind">({kindText(line.kind)})</span>
              </td>
              <td>{line.unit}</td>
              <td>
                {line.requestedQuantity}
                {line.requestedAmount !== null && (
                  <span className="decision-doc__money">{formatVnd(line.requestedAmount)}</span>
                )}
              </td>
              <td>
                {line.grantedQuantity}
                {line.grantedAmount !== null && (
                  <span className="decision-doc__money">{formatVnd(line.grantedAmount)}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              Tổng kinh phí
            </th>
            <td>
              <span className="decision-doc__money">{formatVnd(decision.totalRequested)}</span>
            </td>
            <td>
              <span className="decision-doc__money">{formatVnd(decision.totalGranted)}</span>
            </td>
          </tr>
        </tfoot>
      </table>
      <p>
        <strong>Điều 2.</strong> {decision.conditions}
      </p>
      <Article3 decision={decision} />
    </>
  );
}

function Article3({ decision }: { decision: DecisionDetail }) {
  return (
    <p>
      <strong>Điều 3.</strong> {effectiveLine(decision)} Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính, Giám đốc Sở
      Nội vụ, Thủ trưởng cơ quan đề xuất và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.
    </p>
  );
}

// Official documents are Vietnamese whatever the interface language.
const KIND_TEXT: Record<string, string> = {
  FUNDING: 'Kinh phí',
  PERSONNEL: 'Nhân sự (biên chế)',
  EQUIPMENT: 'Trang thiết bị',
  LAND: 'Đất đai',
  OTHER: 'Khác',
};
const kindText = (kind: string) => KIND_TEXT[kind] ?? KIND_TEXT.OTHER;
