import { withScreenshotOnFailure } from './browser';
import { openFromMenu, openTab, startJourney, type Journey } from './journey';

describe('journey: the vice-chair delegates the power to decide; the Committee Office decides for her (TL.)', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(() => journey?.stop());

  /** A proposal of Sở TN&MT waiting for the Committee's decision (no item needs appraisal). */
  async function proposalInReview(title: string): Promise<void> {
    const token = await journey.app.login('stnmt.lead');
    const created = await journey.app.gql<{ createProposal: { proposal: { id: string; version: number } } }>(
      'mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id version } } }',
      {
        input: {
          title,
          rationale: 'Phục vụ số hóa hồ sơ địa chính tại các chi nhánh.',
          fiscalYear: new Date().getUTCFullYear(),
          items: [
            {
              kind: 'EQUIPMENT',
              description: 'Máy quét khổ A3 điều chuyển',
              quantity: 2,
              unit: 'bộ',
              amount: null,
              justification: 'Không cần kinh phí.',
            },
          ],
        },
      },
      token,
    );
    const { id, version } = created.data!.createProposal.proposal;
    const sent = await journey.app.gql<{ submitProposal: { proposal: { status: string } } }>(
      'mutation($input: ProposalActionInput!) { submitProposal(input: $input) { proposal { status } } }',
      { input: { id, version } },
      token,
    );
    expect(sent.data!.submitProposal.proposal.status).toBe('IN_REVIEW');
  }

  it('gives DECIDE from the user menu; the delegate decides, and the record shows TL. with both names', async () => {
    const title = `Điều chuyển máy quét cho chi nhánh ${Date.now()}`;
    await proposalInReview(title);

    // The vice-chair opens "Ủy quyền" from her account menu and delegates the power to decide.
    const grantor = await journey.signIn('ubnd.lead');
    await withScreenshotOnFailure(grantor, 'delegation-grantor-gives', async () => {
      await grantor.getByRole('region', { name: 'Tài khoản' }).getByRole('link', { name: 'Ủy quyền' }).click();
      await grantor.getByRole('heading', { level: 1, name: 'Ủy quyền' }).waitFor();
      await grantor.getByText('Bạn chưa ủy quyền cho ai.').waitFor();
      await grantor
        .getByLabel('Người được ủy quyền')
        .selectOption({ label: 'Nguyễn Thị Mai — Chuyên viên Văn phòng UBND tỉnh' });
      await grantor.getByLabel('Quyết định, ký quyết định').check();
      // the default period is today only; the button gives it
      await grantor.getByRole('button', { name: 'Ủy quyền', exact: true }).click();
      const row = grantor.getByRole('row', { name: /Nguyễn Thị Mai/ });
      await row.getByText('Đang hiệu lực').waitFor();
      await row.getByText('TL. CHỦ TỊCH / CHUYÊN VIÊN').waitFor();
    });

    // The official signs in at "/", sees the delegation received, then decides from the proposals' queue.
    const delegate = await journey.signIn('ubnd.staff');
    await withScreenshotOnFailure(delegate, 'delegation-delegate-decides', async () => {
      await delegate.getByRole('region', { name: 'Tài khoản' }).getByRole('link', { name: 'Ủy quyền' }).click();
      await delegate
        .getByRole('row', { name: /Lê Huyền/ })
        .getByText('Đang hiệu lực')
        .waitFor();
      await openFromMenu(delegate, 'Đề xuất');
      await openTab(delegate, 'Danh sách đề xuất', 'Chờ quyết định');
      await delegate.getByRole('link', { name: title }).click();
      await delegate.getByRole('button', { name: 'Quyết định', exact: true }).click();
      const panel = delegate.getByRole('form', { name: 'Quyết định' });
      await panel.getByLabel('Điều kiện, yêu cầu kèm theo').fill('Bàn giao và đưa vào sử dụng trong quý.');
      await panel.getByRole('button', { name: 'Ban hành quyết định' }).click();
      await delegate.locator('.request-header .status-badge', { hasText: 'Đã quyết định' }).waitFor();
      // the timeline names the act's form, the delegate and the leader decided for
      const decided = delegate.locator('.timeline__entry', { hasText: 'TL. CHỦ TỊCH / CHUYÊN VIÊN — thay Lê Huyền' });
      await decided.getByText('Nguyễn Thị Mai').waitFor();
    });

    // The decision's signing block: the form on two lines, the delegate's name, and for whom.
    await withScreenshotOnFailure(delegate, 'delegation-decision-signing-block', async () => {
      await delegate.getByRole('link', { name: /^Quyết định số \d+\/QĐ-UBND$/ }).click();
      await delegate.getByRole('heading', { level: 1, name: 'QUYẾT ĐỊNH' }).waitFor();
      const signer = delegate.locator('.decision-doc__signer');
      await signer.getByText('TL. CHỦ TỊCH', { exact: true }).waitFor();
      await signer.getByText('CHUYÊN VIÊN', { exact: true }).waitFor();
      await signer.getByText('Nguyễn Thị Mai', { exact: true }).waitFor();
      await signer.getByText('(thay Lê Huyền)', { exact: true }).waitFor();
    });

    // Revoked by the vice-chair, the power is gone at the official's next page.
    await withScreenshotOnFailure(grantor, 'delegation-grantor-revokes', async () => {
      await grantor.getByRole('button', { name: 'Thu hồi ủy quyền cho Nguyễn Thị Mai' }).click();
      await grantor
        .getByRole('row', { name: /Nguyễn Thị Mai/ })
        .getByText('Đã thu hồi')
        .waitFor();
    });
    await withScreenshotOnFailure(delegate, 'delegation-delegate-after-revocation', async () => {
      await delegate.reload();
      const account = delegate.getByRole('region', { name: 'Tài khoản' });
      await account.getByRole('button', { name: 'Đăng xuất' }).waitFor();
      // the menu offers "Ủy quyền" to leaders and to holders of a delegation in force: no longer to her
      expect(await account.getByRole('link', { name: 'Ủy quyền' }).count()).toBe(0);
    });
  });
});
