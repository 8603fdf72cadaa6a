/**
 * What every module shares: the kinds of refusal a user can meet, the clock, the embedded
 * database of the default run, how refusals become RFC 9457 problem details, and PDFs
 * rendered from the JasperReports templates of {@code reports/}.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.opencall.platform;
