/**
 * Shared kernel: the error model every module raises ({@link org.komar.shared.KomarException} and its kinds),
 * the injected clock, and Cambodia's time zone. Nothing here knows about children or cases.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.komar.shared;
