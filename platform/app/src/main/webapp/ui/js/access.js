// What the staff member may do in the chosen disaster, read once per page load from GET me (their roles and grants),
// to show only the buttons they can use. The API stays the authority: it checks every call again.

import { api } from './api.js';
import { currentDisaster } from './views/disasters.js';

const MUNICIPAL = ['MUNICIPALITY_STAFF', 'MUNICIPALITY_LEAD'];

let mePromise;

async function grantsHere() {
  mePromise ??= api.get('me').catch((error) => {
    mePromise = null;
    throw error;
  });
  const me = await mePromise;
  const disasterId = currentDisaster()?.id;
  return {
    admin: (me.roles ?? []).includes('prefecture-admin'),
    grants: (me.grants ?? []).filter((grant) => grant.disasterId === disasterId && MUNICIPAL.includes(grant.role)),
  };
}

/** Decide (merge, undo, correct): the home (affected) municipality's staff and leads, and prefecture admins. */
export async function mayDecide() {
  const { admin, grants } = await grantsHere();
  return admin || grants.some((grant) => grant.scope === 'AFFECTED_MUNICIPALITY');
}

/** Export the ledger: municipal staff and leads of the instance (home or host), and prefecture admins. */
export async function mayExport() {
  const { admin, grants } = await grantsHere();
  return admin || grants.length > 0;
}
