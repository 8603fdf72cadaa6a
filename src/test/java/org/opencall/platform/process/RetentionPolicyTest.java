package org.opencall.platform.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history time to live of every model in {@code bpmn/} is the one README.md's
 * retention table documents for it, and the table names no model that is not there.
 */
class RetentionPolicyTest {

	private static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";

	private static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

	private static final Pattern POLICY_ROW = Pattern.compile("^\\| `([a-z-]+)`(?: \\(DMN\\))? \\| (\\d+) \\|$",
			Pattern.MULTILINE);

	@Test
	void everyModelKeepsItsHistoryAsLongAsTheRetentionPolicySays() {
		Map<String, Integer> documented = documentedPolicy();
		Map<String, Integer> modelled = modelledTimesToLive();

		assertThat(modelled).as("history time to live of each model in bpmn/, by process or decision key")
			.isNotEmpty()
			.isEqualTo(documented);
	}

	@Test
	void theEngineKeepsHistoryForYearsNotDays() {
		assertThat(modelledTimesToLive().values()).allSatisfy((days) -> assertThat(days).isGreaterThanOrEqualTo(1825));
	}

	private static Map<String, Integer> documentedPolicy() {
		String readme = read(Path.of("README.md"));
		String section = readme.substring(readme.indexOf("### Retention"));
		section = section.substring(0, section.indexOf("\n#", 1));
		Map<String, Integer> policy = new TreeMap<>();
		Matcher row = POLICY_ROW.matcher(section);
		while (row.find()) {
			policy.put(row.group(1), Integer.valueOf(row.group(2)));
		}
		return policy;
	}

	private static Map<String, Integer> modelledTimesToLive() {
		Map<String, Integer> models = new TreeMap<>();
		try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
			files.filter((file) -> file.toString().endsWith(".bpmn") || file.toString().endsWith(".dmn"))
				.forEach((file) -> timesToLive(file, models));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return models;
	}

	private static void timesToLive(Path file, Map<String, Integer> models) {
		Document model = parse(file);
		for (String element : new String[] { "process", "decision" }) {
			NodeList nodes = model.getElementsByTagNameNS("*", element);
			for (int i = 0; i < nodes.getLength(); i++) {
				Element node = (Element) nodes.item(i);
				String days = node.getAttributeNS(file.toString().endsWith(".dmn") ? CAMUNDA_DMN : CAMUNDA_BPMN,
						"historyTimeToLive");
				if (!"false".equals(node.getAttribute("isExecutable"))) {
					assertThat(days).as("historyTimeToLive of %s in %s", node.getAttribute("id"), file).isNotBlank();
					models.put(node.getAttribute("id"), Integer.valueOf(days));
				}
			}
		}
	}

	private static Document parse(Path file) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(file.toFile());
		}
		catch (Exception ex) {
			throw new IllegalStateException(file + " could not be read", ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
