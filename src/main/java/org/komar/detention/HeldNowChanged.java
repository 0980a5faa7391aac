package org.komar.detention;

/**
 * Published by {@link DetentionReadModel}, in the transaction that derived them, when cases were derived that hold
 * a child now, before or after: only those can change the census of now (who is held, where, under which status, and
 * whether past a legal limit, which the events of a held child may move). A case whose stays all ended earlier, or
 * that holds no one, is left out: recording a notification on it does not change who is held now.
 */
record HeldNowChanged() {
}
