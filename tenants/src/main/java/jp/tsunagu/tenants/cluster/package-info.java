/**
 * What the nodes of a cluster share through Payara's embedded Hazelcast: who the members are and whether this node
 * sees a quorum of them ({@link jp.tsunagu.tenants.cluster.ClusterGrid}), broadcasts that make every node drop what
 * it cached about a revoked access or a changed tenant ({@link jp.tsunagu.tenants.cluster.ClusterBroadcast}), the
 * node-local caches those broadcasts keep honest ({@link jp.tsunagu.tenants.cluster.RevocableCache}), and the
 * directory of nodes the operator plane shows ({@link jp.tsunagu.tenants.cluster.ClusterNodes}). Nothing of a person
 * travels through the grid: messages name a kind, a tenant code and an account's subject id. Without Hazelcast
 * (a single node, {@code --nocluster}) the same beans work for one node.
 */
package jp.tsunagu.tenants.cluster;
