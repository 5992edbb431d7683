// monaco-yaml's language service, started as its own module so Vite can bundle it as a worker.
import 'monaco-yaml/yaml.worker.js';
