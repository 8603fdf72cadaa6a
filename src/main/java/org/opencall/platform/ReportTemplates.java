package org.opencall.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The JasperReports templates of {@code reports/} on the classpath, each known by its
 * file name without {@code .jrxml} ({@code evaluation-summary}). A template is compiled
 * the first time it is asked for and kept: compiling takes seconds, filling milliseconds,
 * and most application starts (every test context among them) render no report at all.
 * {@code ReportTemplatesTest} compiles every template, so a broken one fails the build.
 */
@Component
public class ReportTemplates {

	static final String LOCATION = "classpath*:reports/*.jrxml";

	private final JasperReportsContext context = settings();

	private final Map<String, Resource> sources;

	private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

	public ReportTemplates() {
		this(new PathMatchingResourcePatternResolver(), LOCATION);
	}

	ReportTemplates(ResourcePatternResolver resolver, String location) {
		// a server renders without a display; set before anything touches AWT's fonts
		System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
		this.sources = find(resolver, location);
	}

	/** The template of that name, compiled on first use. */
	public JasperReport get(String name) {
		Resource source = this.sources.get(name);
		if (source == null) {
			throw new IllegalArgumentException(
					"There is no report template " + name + "; the templates are " + this.sources.keySet());
		}
		return this.compiled.computeIfAbsent(name, (key) -> compile(key, source));
	}

	/** The names of every template, whether compiled yet or not. */
	public Set<String> names() {
		return this.sources.keySet();
	}

	JasperReportsContext context() {
		return this.context;
	}

	private JasperReport compile(String name, Resource source) {
		try (InputStream jrxml = source.getInputStream()) {
			return JasperCompileManager.getInstance(this.context).compile(jrxml);
		}
		catch (JRException | RuntimeException ex) {
			throw new InvalidReportTemplateException(name, source, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Report template " + name + " could not be read", ex);
		}
	}

	private static Map<String, Resource> find(ResourcePatternResolver resolver, String location) {
		Map<String, Resource> found = new TreeMap<>();
		try {
			for (Resource template : resolver.getResources(location)) {
				String file = template.getFilename();
				found.put(file.substring(0, file.length() - ".jrxml".length()), template);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The report templates at " + location + " could not be listed", ex);
		}
		return Map.copyOf(found);
	}

	/**
	 * The settings every template shares: expressions compiled in memory by the Eclipse
	 * compiler (a packaged application has no class path on disk for javac), and DejaVu
	 * Sans, embedded, for any text that names no font, so that a PDF reads the same on
	 * every reader. A font that is not installed is an error, not a silent substitute.
	 */
	private static JasperReportsContext settings() {
		SimpleJasperReportsContext context = new SimpleJasperReportsContext();
		context.setProperty("net.sf.jasperreports.compiler.java", "net.sf.jasperreports.jdt.JRJdtCompiler");
		context.setProperty("net.sf.jasperreports.default.font.name", "DejaVu Sans");
		context.setProperty("net.sf.jasperreports.default.pdf.embedded", "true");
		context.setProperty("net.sf.jasperreports.default.pdf.encoding", "Identity-H");
		context.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
		return context;
	}

}
