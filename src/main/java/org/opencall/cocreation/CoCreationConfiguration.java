package org.opencall.cocreation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Reads the settings of co-creation. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CoCreationSettings.class)
class CoCreationConfiguration {

}
