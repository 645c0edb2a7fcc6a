"""Words shared by the faces (command line and desktop app): labels for codes and field names."""
