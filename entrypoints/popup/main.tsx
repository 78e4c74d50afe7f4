import { render } from 'preact';

function Popup() {
  return <main><h1>Job Lure Alert</h1></main>;
}

render(<Popup />, document.getElementById('app')!);
