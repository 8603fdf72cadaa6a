package org.opencall.platform.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

import org.springframework.stereotype.Component;

/**
 * Every engine command that checks authorizations first reads the groups named by any
 * authorization ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}), a scan of
 * the whole table: at a large call (30,000 open evaluation tasks, 82,000 authorizations)
 * that scan dominated an expert's Tasklist, whose filter request runs five such commands.
 * On PostgreSQL this plugin answers the same question by skipping along the table's
 * {@code GROUP_ID_} index, one probe per group ({@code AuthorizedGroups.xml}); the engine
 * uses the answer as before, keeping only the caller's own groups.
 */
@Component
class AuthorizedGroupsBySkipScan extends AbstractProcessEnginePlugin {

	static final String ENGINE_STATEMENT = "selectAuthorizedGroupIds";

	static final String STATEMENT = "org.opencall.platform.process.AuthorizedGroups.selectAuthorizedGroupIdsBySkipScan";

	private static final String MAPPER = "org/opencall/platform/process/AuthorizedGroups.xml";

	@Override
	public void postInit(ProcessEngineConfigurationImpl engine) {
		if (!DbSqlSessionFactory.POSTGRES.equals(engine.getDatabaseType())) {
			return;
		}
		Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
		if (!mybatis.hasStatement(STATEMENT, false)) {
			try (InputStream mapper = getClass().getClassLoader().getResourceAsStream(MAPPER)) {
				new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		DbSqlSessionFactory sessions = engine.getDbSqlSessionFactory();
		Map<String, String> mappings = (sessions.getStatementMappings() != null)
				? new HashMap<>(sessions.getStatementMappings()) : new HashMap<>();
		mappings.put(ENGINE_STATEMENT, STATEMENT);
		sessions.setStatementMappings(mappings);
	}

}
