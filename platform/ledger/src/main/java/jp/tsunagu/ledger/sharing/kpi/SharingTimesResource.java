package jp.tsunagu.ledger.sharing.kpi;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jp.tsunagu.ledger.access.PersonScope;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.TenantTransactional;

/**
 * The sharing KPIs of a disaster instance as distributions, for the home side ({@link HomeSide}: the prefecture admin
 * over everyone, a home municipality over its residents). Times and counts only, never personal data.
 */
@Path("disasters/{disasterId}/sharing-times")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@Tag(name = "sharing-times", description = "KPI ① and ② of wide-area sharing: arrival to visibility, both ways")
public class SharingTimesResource {

    @Inject
    HomeSide home;

    @Inject
    SharingTimes times;

    @GET
    @Operation(summary = "Distribution of the time from a record's arrival to its visibility at the other side (to-host:"
            + " KPI ①, to-home: KPI ②) and to the first read, by host prefecture or municipality and period")
    public SharingTimeReport report(@PathParam("disasterId") UUID disasterId, @QueryParam("direction") String direction,
                                    @QueryParam("hostPrefecture") String hostPrefecture,
                                    @QueryParam("hostMunicipality") String hostMunicipality,
                                    @QueryParam("from") String from, @QueryParam("until") String until) {
        PersonScope scope = home.scope(disasterId);
        return times.report(SharingTimeFilter.parse(disasterId, direction, hostPrefecture, hostMunicipality, from, until),
                scope);
    }

    @GET
    @Path("series")
    @Operation(summary = "The same distributions period by period (day or week, in JST) with each period's median change"
            + " against the first measured period: whether sharing got faster (the plan's targets are -40 % and -50 %)")
    public SharingTimeSeries series(@PathParam("disasterId") UUID disasterId, @QueryParam("direction") String direction,
                                    @QueryParam("hostPrefecture") String hostPrefecture,
                                    @QueryParam("hostMunicipality") String hostMunicipality,
                                    @QueryParam("from") String from, @QueryParam("until") String until,
                                    @QueryParam("interval") String interval) {
        PersonScope scope = home.scope(disasterId);
        return times.series(SharingTimeFilter.parse(disasterId, direction, hostPrefecture, hostMunicipality, from, until),
                SeriesInterval.parse(interval), scope);
    }
}
