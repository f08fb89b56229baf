package org.govassist.server.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Marks a bean that exists only when this node is one of a cluster: {@code spring.data.redis.url}
 * is set, and the nodes share state and messages through that Redis. Its single-node counterpart is
 * marked {@link OnSingleNode}.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(ClusterCondition.Clustered.class)
public @interface OnCluster {

}
