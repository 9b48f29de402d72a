package org.smartjustice.platform.internal.context;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This node's name in the tables that nodes share (jobs, schedule claims, delivery claims): its host
 * and Karaf base directory, stable across restarts of the same installation, so that a restarted
 * node recognises what it had claimed before.
 */
public final class Node {

    public static final String ID = name();

    private Node() {
    }

    private static String name() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String node = host + ":" + System.getProperty("karaf.base", "?");
        return node.length() > 255 ? node.substring(node.length() - 255) : node;
    }
}
