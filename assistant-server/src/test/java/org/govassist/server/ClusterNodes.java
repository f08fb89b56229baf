package org.govassist.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
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
	 * Starts nodes of one cluster all at the same moment, as when an operator starts every node of
	 * a new installation at once; fails when any of them fails.
	 *
	 * @param count how many
	 * @param properties further properties every node gets, {@code name=value}
	 * @return the running nodes
	 */
	public static ClusterNodes startTogether(int count, String... properties) throws IOException {
		RedisService redis = RedisService.require();
		PostgresqlSchema schema = PostgresqlSchema.create();
		ClusterNodes cluster = new ClusterNodes(schema, redis, Files.createTempDirectory("cluster-nodes"));
		try {
			cluster.startNodesTogether(count, properties);
		}
		catch (RuntimeException | IOException ex) {
			cluster.close();
			throw ex;
		}
		return cluster;
	}

	/**
	 * Starts more nodes of the cluster all at the same moment, each on a thread of its own, for
	 * example after {@link #stop}ping every node to stand for a restart of the whole cluster with a
	 * new release; fails when any of them fails, leaving the others running.
	 *
	 * @param count how many
	 * @param properties further properties every new node gets, {@code name=value}
	 * @return their indexes
	 */
	public synchronized List<Integer> startNodesTogether(int count, String... properties) throws IOException {
		List<String[]> arguments = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			arguments.add(arguments(nodes.size() + i, properties));
		}
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<ConfigurableApplicationContext>> starts = arguments.stream()
			.map(nodeArguments -> CompletableFuture.supplyAsync(() -> {
				awaitQuietly(go);
				return new SpringApplicationBuilder(AssistantApplication.class)
					.listeners(LoggingSetUpInTurn.BEFORE, LoggingSetUpInTurn.AFTER, LoggingSetUpInTurn.FAILED)
					.run(nodeArguments);
			}, runnable -> Thread.ofPlatform().name("node-start").start(runnable)))
			.toList();
		go.countDown();
		List<Integer> indexes = new ArrayList<>();
		RuntimeException failure = null;
		for (CompletableFuture<ConfigurableApplicationContext> start : starts) {
			try {
				ConfigurableApplicationContext node = start.join();
				indexes.add(nodes.size());
				nodes.add(node);
			}
			catch (CompletionException ex) {
				failure = failure == null ? ex : failure;
			}
		}
		if (failure != null) {
			throw failure;
		}
		return indexes;
	}

	/**
	 * Lets the nodes starting together set up logging one at a time: Spring Boot configures
	 * logging through JVM-wide system properties, which two applications starting at once in one
	 * JVM would overwrite under each other (a whole server in a JVM of its own has no such issue).
	 * Everything after, the database work included, runs at the same time.
	 */
	private static final class LoggingSetUpInTurn implements ApplicationListener<ApplicationEvent>, Ordered {

		static final ReentrantLock TURN = new ReentrantLock();

		static final LoggingSetUpInTurn BEFORE = new LoggingSetUpInTurn(LoggingApplicationListener.DEFAULT_ORDER - 1);

		static final LoggingSetUpInTurn AFTER = new LoggingSetUpInTurn(LoggingApplicationListener.DEFAULT_ORDER + 1);

		static final LoggingSetUpInTurn FAILED = new LoggingSetUpInTurn(Ordered.LOWEST_PRECEDENCE);

		private final int order;

		private LoggingSetUpInTurn(int order) {
			this.order = order;
		}

		@Override
		public void onApplicationEvent(ApplicationEvent event) {
			if (this == BEFORE && event instanceof ApplicationEnvironmentPreparedEvent) {
				TURN.lock();
			}
			else if ((this == AFTER && event instanceof ApplicationEnvironmentPreparedEvent
					|| this == FAILED && event instanceof ApplicationFailedEvent) && TURN.isHeldByCurrentThread()) {
				TURN.unlock();
			}
		}

		@Override
		public int getOrder() {
			return order;
		}

	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Starts one more node of the cluster, for example after {@link #stop} to stand for a restart.
	 *
	 * @param properties further properties the node gets, {@code name=value}
	 * @return its index
	 */
	public int startNode(String... properties) throws IOException {
		int index = nodes.size();
		nodes.add(new SpringApplicationBuilder(AssistantApplication.class).run(arguments(index, properties)));
		return index;
	}

	/** The command-line arguments of the node with an index. */
	private String[] arguments(int index, String... properties) throws IOException {
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
		return settings.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
	}

	/**
	 * Runs work on every running node at the same moment, each on a thread of its own, as the
	 * background jobs of every node do; fails when the work fails on any node.
	 *
	 * @param work what to do with a node's application context
	 * @return what the work returned on each running node, in the order of their indexes
	 */
	public <T> List<T> onEveryNodeAtOnce(Function<ConfigurableApplicationContext, T> work) {
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<T>> runs = nodes.stream()
			.filter(ConfigurableApplicationContext::isActive)
			.map(node -> CompletableFuture.supplyAsync(() -> {
				awaitQuietly(go);
				return work.apply(node);
			}, runnable -> Thread.ofPlatform().name("on-node").start(runnable)))
			.toList();
		go.countDown();
		return runs.stream().map(CompletableFuture::join).toList();
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

	/** The JDBC URL of the database the nodes share, to reach it while no node runs. */
	public String databaseUrl() {
		return schema.url();
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
