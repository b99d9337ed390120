print("toggl-tui")
