/**
 * Network: the directory of Cambodia's child-justice network. Its organisations are the agencies of the access
 * module, the same records case management uses (organisations with no part in cases are agencies of type {@code
 * NETWORK_MEMBER}); this module keeps their network profile (category, contacts, membership of the working group and
 * of the e-mail group) and their people (focal people, working-group representatives, e-mail group members). Only
 * network coordinators ({@code NETWORK_COORDINATE}) read or change it; every change is audited. Other modules ask
 * {@link org.komar.network.NetworkDirectory} for an organisation's category (e.g. attendance by type of
 * organisation).
 */
package org.komar.network;
