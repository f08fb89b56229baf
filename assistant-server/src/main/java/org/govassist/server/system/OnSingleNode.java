package org.govassist.server.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Marks a bean that exists only when this node runs alone: {@code spring.data.redis.url} is not
 * set, and what crosses conversations stays in this node's memory. Its cluster counterpart is
 * marked {@link OnCluster}.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(ClusterCondition.Alone.class)
public @interface OnSingleNode {

}
