import Testing
import TogglModels

@Test func decoderExists() {
    _ = TogglJSON.makeDecoder()
}
