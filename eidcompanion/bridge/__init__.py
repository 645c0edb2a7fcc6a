"""The native-messaging host the browser starts (``eidcompanion-bridge``): no Qt, no pyscard."""
