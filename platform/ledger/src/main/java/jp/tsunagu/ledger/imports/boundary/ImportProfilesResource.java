package jp.tsunagu.ledger.imports.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.imports.profile.ColumnProfile;
import jp.tsunagu.ledger.imports.profile.ImportProfiles;
import jp.tsunagu.ledger.imports.profile.InvalidProfileException;
import jp.tsunagu.ledger.imports.profile.ProfileJson;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.Caller;
import jp.tsunagu.tenants.access.CallerContext;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.KeycloakNames;
import jp.tsunagu.tenants.access.RequiresRole;
import jp.tsunagu.tenants.access.TenantTransactional;

/**
 * The import profiles of the caller's prefecture: the built-in ones and those its users defined (docs/import-format.md,
 * "Profiles of your own").
 *
 * <p>The path is the tenant's ({@code /api/v1/import-profiles}), not a disaster instance's: a municipality's roster
 * sheet outlives one disaster, and its profile serves every instance of the prefecture. Listing is open to every
 * person with an active grant in the prefecture (and its admins), since whoever imports chooses a profile. Defining
 * or redefining one changes how every municipality's files of that name are read, so it takes a municipal role
 * (municipality staff or lead, in any active instance) or the prefecture admin; support workers import with the
 * profiles they find. A profile is defined from its JSON; errors name the wrong part ({@code field}, e.g.
 * {@code columns[2].field}); built-in names cannot be taken.
 */
@Path("import-profiles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@Tag(name = "Imports")
public class ImportProfilesResource {

    // The realm roles of GrantRole.MUNICIPALITY_STAFF and MUNICIPALITY_LEAD (annotation values must be constants).
    static final String MUNICIPALITY_STAFF = "municipality-staff";
    static final String MUNICIPALITY_LEAD = "municipality-lead";

    @Inject
    ImportProfiles profiles;

    @Inject
    CallerContext callers;

    @GET
    @Operation(summary = "The import profiles: built in, then the prefecture's own")
    public List<ProfileView> list() {
        return profiles.all().stream().map(ProfileView::of).toList();
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole({MUNICIPALITY_STAFF, MUNICIPALITY_LEAD, KeycloakNames.PREFECTURE_ADMIN_ROLE})
    @Operation(summary = "Define or redefine a profile of the prefecture from its JSON")
    @APIResponse(responseCode = "201", description = "Defined")
    @APIResponse(responseCode = "200", description = "Redefined")
    @APIResponse(responseCode = "400", description = "The profile is not valid; the problem's field names the wrong part")
    public Response define(@PathParam("name") String name, String json, @Context UriInfo uri) {
        ColumnProfile profile = ProfileJson.read(json == null ? "" : json);
        if (!profile.name().equals(name)) {
            throw new InvalidProfileException("name", "the profile's name must be the one in the path");
        }
        boolean existed = profiles.named(name).isPresent();
        Caller caller = callers.require();
        ColumnProfile defined = profiles.define(json, new Actor(caller.subject(), caller.username()));
        ProfileView view = ProfileView.of(defined);
        return existed ? Response.ok(view).build()
                : Response.created(uri.getAbsolutePath()).entity(view).build();
    }
}
