package jp.tsunagu.provisioning.disaster;

import java.util.Map;
import java.util.UUID;

/**
 * SPI: deletes one module's personal data of a disaster instance when the instance is purged, and returns the
 * aggregate figures worth keeping (e.g. {@code grants.total}). Called inside the purge's transaction, bound to the
 * tenant; a failure rolls the purge back, so every implementation must be safe to run again.
 */
public interface PersonalDataPurge {

    Map<String, Long> purge(UUID disasterId);
}
