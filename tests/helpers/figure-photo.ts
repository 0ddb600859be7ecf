import sharp, { type Sharp } from 'sharp';

/** A figure standing against a wall, 600×900, in the colours of a studio photo. */
export function figurePhoto(skin = '#6f5646'): Sharp {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="900">
    <rect width="100%" height="100%" fill="#d9d4cc"/>
    <rect y="790" width="100%" height="110" fill="#a89f91"/>
    <g fill="${skin}">
      <ellipse cx="300" cy="150" rx="45" ry="58"/>
      <path d="M220 240 H380 L395 500 H205 Z"/>
      <path d="M215 500 H295 L285 800 H245 Z"/>
      <path d="M305 500 H385 L355 800 H315 Z"/>
    </g>
  </svg>`;
  return sharp(Buffer.from(svg));
}
