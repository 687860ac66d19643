import { Suspense } from 'react';
import { INERT } from '../inert';
import { LAYOUT } from '../layout';
import type { CustomerDrive } from './customer-drive';
import { useCustomerPresence } from './customer-presence';
import { VrmCustomer } from './VrmCustomer';

/** Where the customer stands: feet on the floor at LAYOUT.customer, facing +z (the trainee). */
const POSITION = [LAYOUT.customer.x, 0, LAYOUT.customer.z] as const;
/** The counter as the customer's hands meet it, in the customer's own frame. */
const COUNTER_TOP = LAYOUT.counter.height;
const COUNTER_FRONT = LAYOUT.counter.z - LAYOUT.counter.depth / 2 - LAYOUT.customer.z;

export interface CustomerAvatarProps {
  /** A VRM 0.x or 1.0 file, e.g. "/avatars/angry.vrm". */
  url: string;
  /** Seeds blinks, glances and weight shifts; defaults to the URL, so a run repeats. */
  seed?: string;
  /** Draw MToon outlines (doubles the outlined meshes' draw calls). Default false. */
  outlines?: boolean;
  /** What moves the avatar: the live conversation (`useLiveDrive`) or the trainer's replay. */
  drive: CustomerDrive;
  /** Reports whether the customer is on stage (loading-store), so the live voice waits for it. Default false. */
  presence?: boolean;
}

/**
 * The customer across the counter: a VRM that breathes, blinks, shifts its weight, plays the
 * current line's gesture and emotion, lip-syncs and looks at the trainee — all from its `drive`,
 * live or replayed alike. Renders nothing while loading (drei's `useProgress` sees the download)
 * and a neutral placeholder if the file cannot be loaded. The live customer (not a replay's)
 * reports whether it is on stage, so its first line waits for it.
 */
export function CustomerAvatar({ url, seed = url, outlines = false, drive, presence = false }: CustomerAvatarProps) {
  return (
    <group position={POSITION} name="customer" {...INERT}>
      <Suspense fallback={<CustomerLoading report={presence} />}>
        <CustomerOnStage report={presence} />
        <VrmCustomer
          key={url}
          url={url}
          seed={seed}
          counterTop={COUNTER_TOP}
          counterFront={COUNTER_FRONT}
          outlines={outlines}
          drive={drive}
        />
      </Suspense>
    </group>
  );
}

/** Suspense's fallback while the file loads: the live customer is not on stage yet. */
function CustomerLoading({ report }: { report: boolean }) {
  useCustomerPresence('loading', report);
  return null;
}

/** Mounted beside the model once it has loaded (or failed to: then the placeholder stands in). */
function CustomerOnStage({ report }: { report: boolean }) {
  useCustomerPresence('ready', report);
  return null;
}
