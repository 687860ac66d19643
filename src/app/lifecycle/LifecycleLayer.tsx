import { GraphicsResetNotice } from './GraphicsResetNotice';
import { ResumeOffer } from './ResumeOffer';
import { StorageNotice } from './StorageNotice';
import './lifecycle.css';

/** The lifecycle's DOM messages above every screen: graphics reset, storage trouble, the resume offer. */
export function LifecycleLayer() {
  return (
    <div className="lifecycle-layer">
      <GraphicsResetNotice />
      <StorageNotice />
      <ResumeOffer />
    </div>
  );
}
