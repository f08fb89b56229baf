package org.govassist.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Several nodes of one cluster in this JVM, as an operator would run them: each a whole server on
 * a port of its own, with a data folder of its own, all sharing one PostgreSQL schema and one Redis
 * (a fresh {@link PostgresqlSchema} and a fresh cluster name on {@link RedisService}).
 *
 * <p>Without PostgreSQL or Redis the calling test is skipped, unless {@code CI=true}, where it
 * fails. Close it to stop the nodes and drop the schema.
 */
public final class ClusterNodes implements AutoCloseable {

	private final PostgresqlSchema schema;

	private final RedisService redis;

	private final Path dataDirs;

	private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	private ClusterNodes(PostgresqlSchema schema, RedisService redis, Path dataDirs) {
		this.schema = schema;
		this.redis = redis;
		this.dataDirs = dataDirs;
	}

	/**
	 * Starts nodes of one cluster.
	 *
	 * @param count how many
	 * @param properties further properties every node gets, {@code name=value}
	 * @return the running nodes
	 */
	public static ClusterNodes start(int count, String... properties) throws IOException {
		RedisService redis = RedisService.require();
		PostgresqlSchema schema = PostgresqlSchema.create();
		ClusterNodes cluster = new ClusterNodes(schema, redis, Files.createTempDirectory("cluster-nodes"));
		try {
			for (int i = 0; i < count; i++) {
				cluster.startNode(properties);
			}
		}
		catch (RuntimeException | IOException ex) {
			cluster.close();
			throw ex;
		}
		return cluster;
	}

	/**
	 * Starts one more node of the cluster, for example after {@link #stop} to stand for a restart.
	 *
	 * @param properties further properties the node gets, {@code name=value}
	 * @return its index
	 */
	public int startNode(String... properties) throws IOException {
		int index = nodes.size();
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("server.port", "0");
		settings.put("assistant.node-id", "node-" + index);
		settings.put("assistant.data-dir", Files.createDirectories(dataDirs.resolve("node-" + index)).toString());
		settings.put("spring.datasource.url", schema.url());
		settings.put("spring.data.redis.url", redis.url());
		settings.put("assistant.cluster.name", redis.clusterName());
		for (String property : properties) {
			int equals = property.indexOf('=');
			settings.put(property.substring(0, equals), property.substring(equals + 1));
		}
		// As command-line arguments, they win over application.properties, as an operator's do.
		String[] arguments = settings.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		nodes.add(new SpringApplicationBuilder(AssistantApplication.class).run(arguments));
		return index;
	}

	/** The application context of a node, to reach its beans (its {@code JdbcClient}, say). */
	public ConfigurableApplicationContext node(int index) {
		return nodes.get(index);
	}

	/** The port a node serves on. */
	public int port(int index) {
		return ((WebServerApplicationContext) nodes.get(index)).getWebServer().getPort();
	}

	/** The cluster name the nodes share: the prefix of their Redis keys and channels. */
	public String clusterName() {
		return redis.clusterName();
	}

	/** The Redis URL the nodes share. */
	public String redisUrl() {
		return redis.url();
	}

	/** Stops a node the way an operator's shutdown does; its index stays taken. */
	public void stop(int index) {
		nodes.get(index).close();
	}

	@Override
	public void close() {
		nodes.forEach(ConfigurableApplicationContext::close);
		try {
			schema.close();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot drop the test schema " + schema.name(), ex);
		}
		finally {
			FileSystemUtils.deleteRecursively(dataDirs.toFile());
		}
	}

}
