import { render } from 'preact';

function App() {
  return <main>Liseuse</main>;
}

const root = document.getElementById('app');
if (root) render(<App />, root);
