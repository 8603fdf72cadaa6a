package org.opencall.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Compiles every report template once the application is up, in the background, so that
 * the first letter of the day does not wait for the compiler and a template that does not
 * compile is logged at start. Tests turn it off
 * ({@code opencall.reports.compile-at-start=false}): each would pay seconds per context.
 */
@Component
@ConditionalOnProperty(name = "opencall.reports.compile-at-start", havingValue = "true", matchIfMissing = true)
class ReportTemplatesAtStart {

	private static final Logger log = LoggerFactory.getLogger(ReportTemplatesAtStart.class);

	private final ReportTemplates templates;

	ReportTemplatesAtStart(ReportTemplates templates) {
		this.templates = templates;
	}

	@EventListener(ApplicationReadyEvent.class)
	void compile() {
		Thread compiling = new Thread(() -> {
			for (String name : this.templates.names()) {
				try {
					this.templates.get(name);
				}
				catch (RuntimeException ex) {
					log.error("Report template {} does not compile: {}", name, ex.getMessage());
				}
			}
			log.info("Report templates compiled: {}", this.templates.names());
		}, "report-templates");
		compiling.setDaemon(true);
		compiling.start();
	}

}
