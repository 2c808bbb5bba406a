package io.drillplan.simulation;

import io.drillplan.model.Assignment;
import io.drillplan.model.Message;
import java.util.Map;

/**
 * The drills one morning's news knocks out of the current version, each with its reason.
 *
 * @param hit drills of a team now away on their date, and outdoor drills under today's rain
 * @param followers drills that must come after a drill no longer scheduled (rule 9 would break)
 * @param before the current version as it was before the news
 */
record Knockouts(Map<String, Message> hit, Map<String, Message> followers, Map<String, Assignment> before) {

    boolean isEmpty() {
        return hit.isEmpty() && followers.isEmpty();
    }

    boolean contains(String drill) {
        return hit.containsKey(drill) || followers.containsKey(drill);
    }
}
