package org.opencall;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * One process engine for the model tests, without the application: a standalone engine on
 * its own embedded PostgreSQL, started at first use and shared by every model test of the
 * JVM. Its job executor is off (a test runs jobs itself) and its expressions find beans
 * in {@link Mocks}, where each test registers the fakes of the beans its model names
 * ({@code ${publishCallDelegate}}, {@code ${callLifecycle.opening(execution)}} …).
 * Settings that shape what a model may do follow the application's: full history, no Java
 * serialization, a history time to live required.
 */
public final class ModelTestEngine {

	private static ProcessEngine engine;

	private ModelTestEngine() {
	}

	/** The engine, started with its database at first use. */
	public static synchronized ProcessEngine engine() {
		if (engine == null) {
			engine = start();
		}
		return engine;
	}

	/**
	 * Deploys these classpath resources (a model, the forms its tasks reference, its
	 * decision tables) as one deployment named after the test.
	 */
	public static Deployment deploy(Class<?> test, String... resources) {
		DeploymentBuilder deployment = engine().getRepositoryService().createDeployment().name(test.getSimpleName());
		for (String resource : resources) {
			deployment.addClasspathResource(resource);
		}
		return deployment.deploy();
	}

	/** Removes a deployment with its instances, jobs and history. */
	public static void undeploy(Deployment deployment) {
		engine().getRepositoryService().deleteDeployment(deployment.getId(), true, true);
	}

	/** The candidate groups of a task, as the engine's identity links hold them. */
	public static List<String> candidateGroups(Task task) {
		return engine().getTaskService()
			.getIdentityLinksForTask(task.getId())
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
	}

	private static ProcessEngine start() {
		EmbeddedPostgres postgres = startPostgres();
		StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
		// not "default", the name of the application's engine in the Spring tests
		configuration.setProcessEngineName("model-tests");
		configuration.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		configuration.setJdbcDriver("org.postgresql.Driver");
		configuration.setJdbcUsername("postgres");
		configuration.setJdbcPassword("");
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
		configuration.setJobExecutorActivate(false);
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		configuration.setJavaSerializationFormatEnabled(false);
		configuration.setEnforceHistoryTimeToLive(true);
		configuration.setMetricsEnabled(false);
		configuration.setDbMetricsReporterActivate(false);
		configuration.setExpressionManager(new MockExpressionManager());
		ProcessEngine started = configuration.buildProcessEngine();
		// out of the JVM's registry of engines, which the application's engine REST API
		// and webapps list: a test of the application in this JVM never reaches this one
		ProcessEngines.unregister(started);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			started.close();
			close(postgres);
		}, "model-test-engine-stop"));
		return started;
	}

	private static EmbeddedPostgres startPostgres() {
		try {
			// stopped by our own hook, after the engine
			return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL of the model tests", ex);
		}
	}

	private static void close(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// the JVM is ending; the server's temporary directory goes with it
		}
	}

}
