import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueueRail } from './QueueRail';

/** The queues in a drawer from the left: the rail of a narrow screen; picking a queue closes it. */
export default function QueueDrawer({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer open onClose={onClose} placement="left" title={t('queue.title')} styles={{ body: { padding: 0 } }}>
      <QueueRail onPick={onClose} />
    </Drawer>
  );
}
