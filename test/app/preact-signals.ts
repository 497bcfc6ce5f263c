// Component tests render screens without the app's chunk (boot/render.tsx), which is what installs
// the Preact integration of signals in the app (the models use the framework-free core): install it here.
import '@preact/signals';
