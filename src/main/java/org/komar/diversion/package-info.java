/**
 * Diversion (JJL Chapter 10): each consideration of diversion at each stage and why it was or was not used, the
 * diversion order with the limits of JJL 65 checked before it is stored, the social agent's plan written as versions
 * never overwritten (objectives, measures, people responsible, schedule, the child's consent; printable in Khmer and
 * English) and the authority's decision naming a version (JJL 66–68; recorded from the plan page by those who may),
 * modification requests deemed approved after 5 working days (JJL 70, a scheduled job), non-compliance and the
 * hearing within 15 days (JJL 71), completion or failure. Holds the diversion panel of the case page and the
 * register of diversions per province. Everything it shows is derived from the timelines; its own tables are the
 * register (a read model kept in step with the timelines) and the plans' versions.
 */
package org.komar.diversion;
