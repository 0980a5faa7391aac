/**
 * Facilities: the places where children are held or placed (police units, prisons and correction centres, the youth
 * rehabilitation centre, residential care institutions and shelters) as flat reference data, with their capacity by
 * section, whether they wholly separate minors from adults, whether they run a complaints mechanism, and the
 * inspections made of them. Events name a facility by its code; {@link org.komar.facility.FacilityRegister} is the
 * register that refuses unknown codes. Facilities are retired, never deleted.
 */
package org.komar.facility;
