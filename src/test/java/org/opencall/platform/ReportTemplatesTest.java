package org.opencall.platform;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportTemplatesTest {

	@Test
	void everyTemplateInReportsCompiles() {
		ReportTemplates templates = new ReportTemplates();

		assertThat(templates.names()).contains("evaluation-summary", "grant-agreement", "call-overview",
				"call-submissions", "call-ranking", "call-payments", "programme-report");
		templates.names().forEach((name) -> assertThat(templates.get(name).getName()).isEqualTo(name));
	}

	@Test
	void aTemplateThatDoesNotCompileIsNamedWithWhatIsWrong() {
		ReportTemplates templates = new ReportTemplates(new PathMatchingResourcePatternResolver(),
				"classpath*:broken-reports/*.jrxml");

		assertThatExceptionOfType(InvalidReportTemplateException.class)
			.isThrownBy(() -> templates.get("undeclared-field"))
			.withMessageStartingWith("Report template undeclared-field (")
			.withMessageContaining("undeclared-field.jrxml")
			.withMessageContaining("expertName")
			.satisfies((ex) -> assertThat(ex.template()).isEqualTo("undeclared-field"));
	}

	@Test
	void anUnknownTemplateIsRefusedNamingTheKnownOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportTemplates().get("ranking-typo"))
			.withMessageStartingWith("There is no report template ranking-typo; the templates are [");
	}

}
