/**
 * The handoff of citizens' conversations to helpdesk agents (在线帮办): the agent WebSocket
 * {@code /ws/agent}, the queue and its routing by skill and load, service-level alerts, service
 * hours, agents who drop out, tickets made of messages left, canned replies and the agents' REST
 * endpoints.
 *
 * <p>State shared between nodes sits behind small interfaces ({@link AgentPresence},
 * {@link HandoffBus}, {@link RoutingLock}) whose single-node implementations keep it in memory;
 * what a conversation's handoff is (queued, held by whom, since when) is kept in the database with
 * the conversation.
 */
package org.govassist.server.handoff;
