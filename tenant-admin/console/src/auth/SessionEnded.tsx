import { Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SignIn, type DevForm } from './SignIn';

/** The dialog over a screen whose session ended: sign in again, and the screen with its typed text carries on. */
export default function SessionEnded({ defaults }: { defaults: Partial<DevForm> }) {
  const { t } = useTranslation();
  return (
    <Modal open closable={false} footer={null} title={t('signIn.expired')} mask={{ closable: false }}>
      <Typography.Paragraph>{t('signIn.expiredText')}</Typography.Paragraph>
      <SignIn defaults={defaults} />
    </Modal>
  );
}
