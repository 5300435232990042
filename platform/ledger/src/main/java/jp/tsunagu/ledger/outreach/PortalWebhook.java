package jp.tsunagu.ledger.outreach;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A resident portal's webhook (MicroProfile Rest Client): receives segment hand-overs as JSON. */
public interface PortalWebhook {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response receive(SegmentHandOver handOver);
}
