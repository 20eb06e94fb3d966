import { expose } from 'comlink'
import { createEngineService } from './engine-service'

// The engine's index and queries live here, off the page's main thread.
expose(createEngineService())
