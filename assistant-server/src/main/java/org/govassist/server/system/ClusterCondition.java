package org.govassist.server.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether this node is one of a cluster: {@value #PROPERTY} is set and not blank.
 */
final class ClusterCondition {

	static final String PROPERTY = "spring.data.redis.url";

	private ClusterCondition() {
	}

	static boolean clustered(ConditionContext context) {
		String url = context.getEnvironment().getProperty(PROPERTY);
		return url != null && !url.isBlank();
	}

	/** Matches on a node of a cluster. */
	static final class Clustered implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return clustered(context);
		}

	}

	/** Matches on a node that runs alone. */
	static final class Alone implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !clustered(context);
		}

	}

}
