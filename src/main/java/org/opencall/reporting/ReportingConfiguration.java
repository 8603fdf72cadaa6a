package org.opencall.reporting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Reads the reporting settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportingSettings.class)
class ReportingConfiguration {

}
