package org.opencall;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Opencall: open innovation calls and their grant lifecycle, driven by BPMN.
 */
@SpringBootApplication
@EnableScheduling
@EnableAsync
public class OpencallApplication {

	public static void main(String[] args) {
		SpringApplication.run(OpencallApplication.class, args);
	}

}
