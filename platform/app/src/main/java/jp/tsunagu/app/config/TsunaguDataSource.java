package jp.tsunagu.app.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

import jp.tsunagu.tenants.schema.CustomPlans;

/**
 * The application's one PostgreSQL pool, configured through MicroProfile Config (tsunagu.db.url / .user /
 * .password, or TSUNAGU_DB_URL … in the environment). Connections start with search_path = no_tenant, an empty
 * schema: a query that was not bound to a tenant finds no table instead of somebody else's data; and with custom
 * plans only ({@link CustomPlans}).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/tsunagu",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=tsunagu.db.url}",
        user = "${MPCONFIG=tsunagu.db.user}",
        password = "${MPCONFIG=tsunagu.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "currentSchema=no_tenant",
                // Every execution planned for the tables as they are now: see CustomPlans.
                "options=" + CustomPlans.OPTIONS,
                // Lets PostgreSQL type a null bound by the persistence provider (a null uuid foreign key).
                "stringType=unspecified",
                // The server's "Detail: Key (col)=(value)" must not reach exception messages: values may be personal.
                "logServerErrorDetail=false",
                "ApplicationName=tsunagu",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"
        })
@ApplicationScoped
public class TsunaguDataSource {
}
