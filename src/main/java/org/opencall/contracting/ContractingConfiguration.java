package org.opencall.contracting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Reads the grant settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GrantSettings.class)
class ContractingConfiguration {

}
